package io.relance.inquiry.core;

/** How an inquiry came: the JSON API, OpenImmo-feedback XML, a lead e-mail, the public form. */
public enum InquiryChannel {
    API,
    XML,
    MAIL,
    FORM
}
