package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.MigrationProgress;
import cn.kaichuang.tenancy.TenantCode;
import java.io.PrintWriter;

/**
 * Draws {@code [#####...............] 250/1000 t_hn_changsha_01} on stderr. On a terminal the
 * line is redrawn in place; elsewhere (logs, CI) a line is written for the first tenant and then
 * only when the bar grows, so a thousand tenants make 21 lines, not a thousand.
 */
final class ProgressBar implements MigrationProgress {

    static final int WIDTH = 20;

    private final PrintWriter err;
    private final boolean redraw;
    private int shownDone;
    private int shownFilled = -1;
    private int shownLength;

    ProgressBar(PrintWriter err, boolean redraw) {
        this.err = err;
        this.redraw = redraw;
    }

    /** Called from the migration threads, so counts can arrive out of order; older ones are dropped. */
    @Override
    public synchronized void migrated(int done, int total, TenantCode tenant, boolean ok) {
        if (done <= shownDone) {
            return;
        }
        int filled = total <= 0 ? WIDTH : (int) ((long) Math.min(done, total) * WIDTH / total);
        String line = line(done, total, filled, tenant);
        if (redraw) {
            err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        } else if (filled != shownFilled || done == total) {
            err.println(line);
        }
        shownDone = done;
        shownFilled = filled;
        shownLength = line.length();
        err.flush();
    }

    /** Ends the redrawn line, so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (redraw && shownDone > 0) {
            err.println();
            err.flush();
        }
    }

    static String line(int done, int total, int filled, TenantCode tenant) {
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + tenant.schemaName();
    }
}
