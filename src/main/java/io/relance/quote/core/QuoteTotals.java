package io.relance.quote.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A revision's totals, as the document prints them: each item's net is rounded to the currency's minor unit; the
 * nets are summed per tax rate; each rate's tax is rate × that sum, rounded half-up to the minor unit; the gross is
 * net + tax. So 3 × 100.00 at 10 % off and 20 % tax, plus 1 × 49.99 at 5.5 %, is 319.99 net, 56.75 tax (54.00 +
 * 2.75) and 376.74 gross.
 *
 * @param byRate one entry per tax rate used, lowest rate first
 * @param lineNets the net of each line in order (zero for sections; a subtotal's is the sum of the items since the
 *     previous subtotal or the start)
 */
public record QuoteTotals(
        BigDecimal net, BigDecimal tax, BigDecimal gross, List<RateTotal> byRate, List<BigDecimal> lineNets) {

    /** The items at one tax rate: their summed nets and the tax on that sum. */
    public record RateTotal(BigDecimal rate, BigDecimal base, BigDecimal tax) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 20.0 and 20 are one rate, written 20 (never 2E+1). */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static QuoteTotals of(List<QuoteLine> lines, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        List<BigDecimal> nets = new ArrayList<>();
        BigDecimal running = zero;
        for (QuoteLine line : lines) {
            if (line.kind() == LineKind.SUBTOTAL) {
                nets.add(running);
                running = zero;
                continue;
            }
            BigDecimal net = line.net(digits);
            nets.add(net);
            if (line.isItem()) {
                running = running.add(net);
                bases.merge(plain(line.taxRate()), net, BigDecimal::add);
            }
        }
        List<RateTotal> byRate = new ArrayList<>();
        BigDecimal net = zero;
        BigDecimal tax = zero;
        for (var e : bases.entrySet()) {
            BigDecimal rateTax =
                    e.getKey().multiply(e.getValue()).divide(HUNDRED).setScale(digits, RoundingMode.HALF_UP);
            byRate.add(new RateTotal(e.getKey(), e.getValue(), rateTax));
            net = net.add(e.getValue());
            tax = tax.add(rateTax);
        }
        return new QuoteTotals(net, tax, net.add(tax), List.copyOf(byRate), List.copyOf(nets));
    }
}
