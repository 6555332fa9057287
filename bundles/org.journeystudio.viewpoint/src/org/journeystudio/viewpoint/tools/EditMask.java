package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text a user typed into a label by a direct-edit mask: {@code "{0} ({1})"} turns
 * {@code "Pay (online)"} into {@code ["Pay", "online"]}. Text that does not fit the mask goes
 * whole into the first placeholder's argument; the other arguments are empty.
 */
public final class EditMask {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private EditMask() {
    }

    /** The arguments arg0..argN the mask's placeholders {0}..{N} stand for. */
    public static List<String> split(String mask, String text) {
        String value = text == null ? "" : text;
        String form = mask == null || mask.isBlank() ? "{0}" : mask;
        Matcher placeholders = PLACEHOLDER.matcher(form);
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        int end = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(form.substring(end, placeholders.start()))).append("(.*?)");
            order.add(Integer.valueOf(placeholders.group(1)));
            end = placeholders.end();
        }
        if (order.isEmpty()) {
            return List.of(value);
        }
        regex.append(Pattern.quote(form.substring(end)));
        String[] args = new String[order.stream().mapToInt(Integer::intValue).max().getAsInt() + 1];
        Arrays.fill(args, "");
        Matcher parts = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value);
        if (parts.matches()) {
            for (int i = 0; i < order.size(); i++) {
                args[order.get(i)] = parts.group(i + 1);
            }
        } else {
            args[order.get(0)] = value;
        }
        return List.of(args);
    }
}
