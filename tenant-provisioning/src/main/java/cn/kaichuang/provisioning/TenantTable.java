package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.Tenant;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The institutions as a text table. Chinese names take two terminal columns per character,
 * so widths are counted in columns, not in characters, to keep the columns aligned.
 */
final class TenantTable {

    private static final List<String> HEADER = List.of("CODE", "NAME", "REGION", "STATUS", "SCHEMA VERSION");

    private TenantTable() {
    }

    static void print(List<Tenant> tenants, int currentVersion, PrintWriter out) {
        if (tenants.isEmpty()) {
            out.println("No institutions registered");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Tenant t : tenants) {
            rows.add(List.of(t.code().value(), t.name(), t.regionCode(), t.status().name(),
                    String.valueOf(t.schemaVersion())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], columns(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - columns(row.get(i)) + 2));
                }
            }
            out.println(line);
        }
        long behind = tenants.stream().filter(t -> t.schemaVersion() < currentVersion).count();
        if (behind > 0) {
            out.printf("%d of %d institutions are behind schema version %d; run 'kaichuang-tenants migrate'%n",
                    behind, tenants.size(), currentVersion);
        }
    }

    /** Terminal columns the text takes: two for East Asian wide characters, one for the others. */
    static int columns(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
