package io.relance.pipeline.report;

import io.relance.shared.Csv;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A funnel as CSV: a line per phase (headers in the user's language), then the losses' reasons. */
@Component
public class FunnelCsv {

    private final MessageSource messages;

    FunnelCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** The CSV as a download named after the pipeline and the period. */
    public ResponseEntity<String> download(Funnel funnel, Locale locale) {
        String name = "funnel-" + funnel.pipeline() + "-" + funnel.from() + "-" + funnel.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(of(funnel, locale));
    }

    public String of(Funnel funnel, Locale locale) {
        Csv csv = new Csv();
        csv.row(List.of(
                text("pipeline.report.phase", locale),
                text("pipeline.report.entries", locale),
                text("pipeline.report.advanced", locale),
                text("pipeline.report.conversion", locale),
                text("pipeline.report.still-in", locale),
                text("pipeline.report.median-days", locale)));
        for (Funnel.Step s : funnel.phases()) {
            csv.row(Arrays.asList(s.label(), s.entries(), s.advanced(), s.conversion(), s.stillIn(), s.medianDays()));
        }
        csv.row(List.of());
        csv.row(List.of(text("pipeline.report.lost-reason", locale), text("pipeline.report.deals", locale)));
        for (Funnel.Reason r : funnel.lostReasons()) {
            csv.row(Arrays.asList(
                    r.reason() == null ? text("pipeline.report.no-reason", locale) : r.reason(), r.deals()));
        }
        return csv.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
