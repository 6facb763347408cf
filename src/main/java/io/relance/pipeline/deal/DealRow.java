package io.relance.pipeline.deal;

/** A deal of a list or a board: the deal and its third party's name and code. */
public record DealRow(Deal deal, String thirdPartyName, String thirdPartyCode) {}
