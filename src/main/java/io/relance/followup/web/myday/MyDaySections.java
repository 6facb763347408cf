package io.relance.followup.web.myday;

import io.relance.shared.RelanceUser;
import io.relance.shared.web.HomeSection;
import io.relance.shared.web.RecordPanel.Contribution;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * My day's sections on the home page (a quote's advice is among them as its task, see followup.advice): a
 * manager's choice of whose tasks, then the overdue tasks, today's, and those due later. Each
 * renders {@code followup/myday :: tasks} (or {@code :: whose}) with its part of {@link MyDay.Model}.
 */
final class MyDaySections {

    private MyDaySections() {}

    static final String TEMPLATE = "followup/myday";

    /** What a section's fragment reads as {@code panel.model()}: the whole day and its own part. */
    public record Part(MyDay.Model day, MyDay.Section section) {}

    /** A manager's or admin's choice of whose day (his own, a teammate's, the team's): always shown to them. */
    @Component
    static class Header implements HomeSection {

        private final MyDay myDay;

        Header(MyDay myDay) {
            this.myDay = myDay;
        }

        @Override
        public int order() {
            return 1;
        }

        @Override
        public Optional<Contribution> contribute(RelanceUser me) {
            if (!me.seesAll()) {
                return Optional.empty();
            }
            MyDay.Model day = myDay.of(me);
            return Optional.of(new Contribution(TEMPLATE, "whose", new Part(day, null)));
        }
    }

    /** The tasks due before today, oldest first: shown when there are some. */
    @Component
    static class Overdue implements HomeSection {

        private final MyDay myDay;

        Overdue(MyDay myDay) {
            this.myDay = myDay;
        }

        @Override
        public int order() {
            return 5;
        }

        @Override
        public Optional<Contribution> contribute(RelanceUser me) {
            MyDay.Model day = myDay.of(me);
            return day.overdue().rows().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Contribution(TEMPLATE, "tasks", new Part(day, day.overdue())));
        }
    }

    /** Today's tasks: shown (if only to say there are none today) whenever the day has any task. */
    @Component
    static class Today implements HomeSection {

        private final MyDay myDay;

        Today(MyDay myDay) {
            this.myDay = myDay;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Contribution> contribute(RelanceUser me) {
            MyDay.Model day = myDay.of(me);
            return day.empty()
                    ? Optional.empty()
                    : Optional.of(new Contribution(TEMPLATE, "tasks", new Part(day, day.dueToday())));
        }
    }

    /** The tasks due after today, soonest first: shown when there are some. */
    @Component
    static class Upcoming implements HomeSection {

        private final MyDay myDay;

        Upcoming(MyDay myDay) {
            this.myDay = myDay;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Optional<Contribution> contribute(RelanceUser me) {
            MyDay.Model day = myDay.of(me);
            return day.upcoming().rows().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Contribution(TEMPLATE, "tasks", new Part(day, day.upcoming())));
        }
    }
}
