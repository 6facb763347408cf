/** Web plumbing shared by every module: problem+json answers for the API. */
package io.relance.shared.web;
