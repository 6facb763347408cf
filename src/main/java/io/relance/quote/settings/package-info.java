/** Quote settings: the validity of new quotes, and the default introduction and terms per language. */
package io.relance.quote.settings;
