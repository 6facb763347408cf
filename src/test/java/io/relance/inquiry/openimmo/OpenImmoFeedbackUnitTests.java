package io.relance.inquiry.openimmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.inquiry.core.InquiryForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading OpenImmo-feedback documents (fixtures in src/test/resources/inquiry/openimmo), and refusing the others. */
class OpenImmoFeedbackUnitTests {

    /** A fixture's text. */
    static String fixture(String name) {
        try (InputStream in = OpenImmoFeedbackUnitTests.class.getResourceAsStream("/inquiry/openimmo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPortalsFeedbackGivesTheObjectsReferenceThePersonAndTheQuestion() throws Exception {
        assertThat(OpenImmoFeedback.parse(fixture("one-inquiry.xml")))
                .singleElement()
                .isEqualTo(new InquiryForm(
                        "MUC-4711",
                        "anna.schmidt@example.test",
                        "Anna",
                        "Schmidt-Größer",
                        "+49 89 1234567",
                        "Guten Tag, ist die Wohnung noch verfügbar?\nWir würden sie gerne am Samstag besichtigen.",
                        "ImmobilienScout24",
                        null));
    }

    @Test
    void eachInteressentOfEachObjektIsOneInquiryWithTheReferenceFoundWhereItIs() throws Exception {
        assertThat(OpenImmoFeedback.parse(fixture("two-objects.xml")))
                .extracting(
                        InquiryForm::objectReference, InquiryForm::lastName, InquiryForm::phone, InquiryForm::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BER-0007", "Weber", null, "Immowelt"),
                        org.assertj.core.groups.Tuple.tuple("BER-0008", "Koch", "0151 23456789", "Immowelt"),
                        org.assertj.core.groups.Tuple.tuple("BER-0008", "Yilmaz", "030 9876543", "Immowelt"));
    }

    @Test
    void aDocumentThatIsNotWellFormedIsRefusedWithWhere() {
        assertThatThrownBy(() -> OpenImmoFeedback.parse(fixture("malformed.xml")))
                .isInstanceOf(OpenImmoFeedback.Malformed.class)
                .satisfies(e -> {
                    OpenImmoFeedback.Malformed m = (OpenImmoFeedback.Malformed) e;
                    assertThat(m.line()).isEqualTo(8);
                    assertThat(m.describe()).startsWith("line 8, column").contains("interessent");
                });
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverRead() {
        assertThatThrownBy(() -> OpenImmoFeedback.parse(fixture("external-entity.xml")))
                .isInstanceOf(OpenImmoFeedback.Malformed.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void anotherDocumentOrNobodyToAnswerIsRefused() {
        assertThatThrownBy(() -> OpenImmoFeedback.parse(fixture("not-feedback.xml")))
                .hasMessageContaining("root element is openimmo");
        assertThatThrownBy(() -> OpenImmoFeedback.parse("<openimmo_feedback><objekt/></openimmo_feedback>"))
                .hasMessageContaining("no interessent");
        assertThatThrownBy(() -> OpenImmoFeedback.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> OpenImmoFeedback.parse("not xml at all"))
                .isInstanceOf(OpenImmoFeedback.Malformed.class)
                .satisfies(
                        e -> assertThat(((OpenImmoFeedback.Malformed) e).line()).isEqualTo(1));
    }
}
