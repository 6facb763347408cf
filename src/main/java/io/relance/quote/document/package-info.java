/**
 * The quote as its client sees it: a read model ({@link io.relance.quote.document.QuoteDocument}) and one Thymeleaf
 * template ({@code templates/quote/document.html}) laid out both as the PDF and as the public web page. Other modules
 * use this package (a named interface) to show or attach a quote.
 */
@org.springframework.modulith.NamedInterface("document")
package io.relance.quote.document;
