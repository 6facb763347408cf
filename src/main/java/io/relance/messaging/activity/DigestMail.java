package io.relance.messaging.activity;

import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Writes one user's digest e-mail, in his language: a paragraph per quote opened since the last digest. */
@Component
class DigestMail {

    /**
     * One quote's news: its opens since the last digest and in all, distinct visitors, last open, the advice in one
     * sentence (or null).
     */
    record QuoteNews(
            java.util.UUID quoteId,
            String number,
            String thirdParty,
            int newOpens,
            int opens,
            int visitors,
            Instant lastOpenedAt,
            String advice) {}

    record Written(String subject, String text) {}

    private final ActivityMailText text;

    DigestMail(ActivityMailText text) {
        this.text = text;
    }

    Written write(RelanceUser to, LocalDate day, String time, ZoneId zone, List<QuoteNews> news) {
        Locale locale = ActivityMailText.locale(to.locale());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.text(locale, "messaging.activity.greeting", to.displayName()));
        paragraphs.add(text.text(locale, "messaging.digest.intro", String.valueOf(news.size())));
        for (QuoteNews q : news) {
            StringBuilder p = new StringBuilder()
                    .append(text.text(locale, "messaging.digest.quote", q.number(), q.thirdParty()))
                    .append('\n')
                    .append(text.text(
                            locale,
                            "messaging.digest.opens",
                            String.valueOf(q.newOpens()),
                            String.valueOf(q.opens()),
                            String.valueOf(q.visitors()),
                            q.lastOpenedAt() == null ? "" : ActivityMailText.moment(q.lastOpenedAt(), zone, locale)));
            if (q.advice() != null) {
                p.append('\n').append(text.text(locale, "messaging.digest.advice", q.advice()));
            }
            p.append('\n').append(text.link("/quotes/" + q.quoteId()));
            paragraphs.add(p.toString());
        }
        paragraphs.add(text.text(locale, "messaging.digest.footer", time, zone.getId()));
        return new Written(
                text.text(locale, "messaging.digest.subject", date, String.valueOf(news.size())),
                String.join("\n\n", paragraphs));
    }
}
