/** PDF documents: well-formed XHTML (from a Thymeleaf template) laid out as A4 pages with embedded fonts, offline. */
package io.relance.shared.pdf;
