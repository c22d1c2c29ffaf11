package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.tenancy.TenantCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter written = new StringWriter();
    private final TenantCode tenant = TenantCode.of("hn-01");

    @Test
    void offATerminalALineIsWrittenAtTheStartAndWhenTheBarGrows() {
        ProgressBar bar = new ProgressBar(new PrintWriter(written), false);

        for (int done = 1; done <= 1000; done++) {
            bar.migrated(done, 1000, tenant, true);
        }
        bar.finish();

        assertThat(written.toString().lines().toList())
                .hasSize(ProgressBar.WIDTH + 1)
                .startsWith("[....................] 1/1000 t_hn_01", "[#...................] 50/1000 t_hn_01")
                .contains("[##########..........] 500/1000 t_hn_01")
                .endsWith("[####################] 1000/1000 t_hn_01");
    }

    @Test
    void onATerminalTheLineIsRedrawnAndEndedOnce() {
        ProgressBar bar = new ProgressBar(new PrintWriter(written), true);

        bar.migrated(1, 2, TenantCode.of("a-long-code"), true);
        bar.migrated(2, 2, TenantCode.of("ab"), true);
        bar.finish();

        assertThat(written.toString()).isEqualTo("\r[##########..........] 1/2 t_a_long_code"
                + "\r[####################] 2/2 t_ab         " + System.lineSeparator());
    }

    @Test
    void countsArrivingLateFromAnotherThreadAreDropped() {
        ProgressBar bar = new ProgressBar(new PrintWriter(written), false);

        bar.migrated(2, 2, tenant, true);
        bar.migrated(1, 2, tenant, false);

        assertThat(written.toString().lines().toList()).containsExactly("[####################] 2/2 t_hn_01");
    }
}
