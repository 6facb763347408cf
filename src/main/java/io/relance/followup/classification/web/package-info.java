/** Classifications on the web: the API, the record's panel, Settings → Classifications. */
package io.relance.followup.classification.web;
