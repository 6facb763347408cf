package io.relance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class OutboundMailRulesUnitTests {

    final OutboundMailRules rules = new OutboundMailRules(DataSize.ofKilobytes(10));

    OutboundMail mail(List<String> to, String subject, String text, List<MailAttachment> files) {
        return new OutboundMail(
                new WorkspaceId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()),
                "Rita\r\nBcc: x@evil.test",
                "rita@acme.test",
                to,
                List.of(),
                subject,
                text,
                null,
                files,
                null,
                List.of());
    }

    List<String> fields(OutboundMail mail) {
        try {
            rules.check(mail);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void aGoodEmailIsCleanedAddressesOnceSubjectStrippedTheSendersNameOnOneLine() {
        OutboundMail checked = rules.check(
                mail(List.of(" claire@lambert.test", "claire@lambert.test"), "  Quote  ", "Hi\r\nthere", List.of()));
        assertThat(checked.to()).containsExactly("claire@lambert.test");
        assertThat(checked.subject()).isEqualTo("Quote");
        assertThat(checked.text()).isEqualTo("Hi\nthere");
        assertThat(checked.senderName()).isEqualTo("Rita Bcc: x@evil.test");
    }

    @Test
    void headerInjectionBadAddressesAndEmptyPartsAreFieldErrors() {
        assertThat(fields(mail(List.of("a@b.test\r\nBcc: all@x.test"), "Quote", "Hi", List.of())))
                .containsExactly("to");
        assertThat(fields(mail(List.of("Claire <claire@lambert.test>"), "Quote", "Hi", List.of())))
                .containsExactly("to");
        assertThat(fields(mail(List.of("claire@localhost"), "Quote", "Hi", List.of())))
                .containsExactly("to");
        assertThat(fields(mail(List.of(), "Quote\r\nBcc: x@y.test", " ", List.of())))
                .containsExactly("to", "subject", "text");
    }

    @Test
    void attachmentsNeedANameAndTypeAndStayUnderTheLimit() {
        MailAttachment big = new MailAttachment("big.pdf", "application/pdf", new byte[11 * 1024]);
        MailAttachment badName = new MailAttachment("../x.pdf", "application/pdf", new byte[1]);
        MailAttachment badType = new MailAttachment("x.pdf", "pdf\r\nX: y", new byte[1]);
        assertThat(fields(mail(List.of("a@b.test"), "Q", "T", List.of(big)))).containsExactly("attachments");
        assertThat(fields(mail(List.of("a@b.test"), "Q", "T", List.of(badName))))
                .containsExactly("attachments");
        assertThat(fields(mail(List.of("a@b.test"), "Q", "T", List.of(badType))))
                .containsExactly("attachments");
        assertThatThrownBy(() -> rules.check(mail(List.of("a@b.test"), "Q", "T", List.of(badName, badType))))
                .isInstanceOf(InvalidInputException.class);
    }
}
