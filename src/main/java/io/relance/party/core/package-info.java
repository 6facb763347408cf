/** The third-party record itself: the aggregate, its repository, tags, potential levels and the core use cases. */
package io.relance.party.core;
