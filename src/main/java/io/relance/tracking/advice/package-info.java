/** The follow-up advice: a policy over the engagement and the clock, and its numbers per workspace. */
package io.relance.tracking.advice;
