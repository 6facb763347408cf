package io.relance.party.web.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the list page that keep the current filter: sort by a column, drop a filter chip, load more. */
final class ListLinks {

    /** A removable chip: the filter's name, its value as shown, and the link without it. */
    record Chip(String param, String value, String removeUrl) {}

    private final MultiValueMap<String, String> params;

    ListLinks(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("cursor") && !k.equals("_csrf")) {
                v.stream().filter(x -> x != null && !x.isBlank()).forEach(x -> copy.add(k, x));
            }
        });
        this.params = copy;
    }

    public String sort(String key) {
        String current = params.getFirst("sort");
        String next = key.equals(current) ? "-" + key : key;
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
        p.put("sort", List.of(next));
        return url("/thirdparties", p);
    }

    /** "asc", "desc" or "" for a column header. */
    public String sortState(String key) {
        String current = params.getFirst("sort") == null ? "name" : params.getFirst("sort");
        return current.equals(key) ? "asc" : current.equals("-" + key) ? "desc" : "";
    }

    public String more(String path, String cursor) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
        p.put("cursor", List.of(cursor));
        return url(path, p);
    }

    public String query() {
        return url("", params).replaceFirst("^\\?", "");
    }

    public List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals("sort")) {
                continue;
            }
            for (String value : e.getValue()) {
                MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
                params.forEach((k, vs) -> vs.stream()
                        .filter(v -> !(k.equals(e.getKey()) && v.equals(value)))
                        .forEach(v -> p.add(k, v)));
                chips.add(new Chip(e.getKey(), value, url("/thirdparties", p)));
            }
        }
        return chips;
    }

    public boolean has(String param, String value) {
        List<String> values = params.get(param);
        return values != null && values.contains(value);
    }

    public boolean hasAny(List<String> names) {
        return names.stream().anyMatch(params::containsKey);
    }

    public boolean hasCustom() {
        return params.keySet().stream().anyMatch(k -> k.startsWith("cf."));
    }

    public String value(String param) {
        String v = params.getFirst(param);
        return v == null ? "" : v;
    }

    private static String url(String path, MultiValueMap<String, String> p) {
        return UriComponentsBuilder.fromPath(path)
                .queryParams(p)
                .build()
                .encode()
                .toUriString();
    }
}
