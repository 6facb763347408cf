package io.relance.tracking;

import java.util.List;

/**
 * One piece of advice: its code and the numbers its message shows ({@code tracking.advice.<CODE>} with these
 * arguments, in order — see docs/tracking.md).
 */
public record Advice(AdviceCode code, List<Object> args) {

    public Advice {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "tracking.advice." + code.name();
    }
}
