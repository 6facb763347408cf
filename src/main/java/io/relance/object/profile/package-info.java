/** Buyers' search profiles: what a contact looks for (type, price range, rooms, area, places, features, expiry). */
package io.relance.object.profile;
