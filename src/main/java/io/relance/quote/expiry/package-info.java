/** The job that expires sent quotes past their validity date. */
package io.relance.quote.expiry;
