package io.relance.party.contact;

/** Contact forms for tests: a name and, where a test needs one, a mobile; every other field left empty. */
public final class ContactFormFixture {

    private ContactFormFixture() {}

    public static ContactForm named(String firstName, String lastName) {
        return withMobile(firstName, lastName, null);
    }

    public static ContactForm withMobile(String firstName, String lastName, String mobile) {
        return new ContactForm(
                firstName, lastName, null, null, null, mobile, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
