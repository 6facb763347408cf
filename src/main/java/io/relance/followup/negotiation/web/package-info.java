/** The pages and the API of negotiations: the workspace's numbers (settings), a third party's negotiations. */
package io.relance.followup.negotiation.web;
