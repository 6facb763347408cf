/** The engagement read model of each subject (opens, visitors, time, days, ignored hits) and its score. */
package io.relance.tracking.engagement;
