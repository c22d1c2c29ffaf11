package cn.kaichuang.app.ui.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.RequestStatistics;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RequestStatisticsViewTest extends KaribuTest {

    @Autowired
    RequestStatistics statistics;

    @AfterEach
    void clean() {
        statistics.deleteBefore(Instant.now().plus(1, ChronoUnit.DAYS));
    }

    @Test
    void theProvinceSeesTotalsSeriesAndEndpointsOfThePeriod() {
        statistics.deleteBefore(Instant.now().plus(1, ChronoUnit.DAYS));
        Instant recent = Instant.now().minus(2, ChronoUnit.MINUTES);
        statistics.record(recent, "a", List.of(new RequestFigures("POST /?v-r=uidl", 30, 0, 3, 3000, 800),
                new RequestFigures("GET /cohorts/{id}", 10, 2, 0, 200, 50)));
        statistics.record(Instant.now().minus(3, ChronoUnit.HOURS), "b",
                List.of(new RequestFigures("GET /", 5, 0, 0, 50, 20)));

        login("province");
        UI.getCurrent().navigate(RequestStatisticsView.class);
        RequestStatisticsView view = _get(RequestStatisticsView.class);

        assertThat(view.period.getValue()).isEqualTo(Period.DAY);
        assertThat(view.requests.getText()).isEqualTo("请求总数：45");
        assertThat(view.errorRate.getText()).isEqualTo("错误率（5xx）：6.67%");
        assertThat(view.slowest.getText()).isEqualTo("最慢端点：POST /?v-r=uidl (800 ms)");
        assertThat(GridKt._size(view.endpoints)).isEqualTo(3);
        assertThat(GridKt._get(view.endpoints, 0).endpoint()).isEqualTo("POST /?v-r=uidl");
        assertThat(GridKt._size(view.series)).isEqualTo(2);
        assertThat(view.empty.isVisible()).isFalse();

        view.period.setValue(Period.HOUR);
        assertThat(view.requests.getText()).isEqualTo("请求总数：40");
        assertThat(GridKt._size(view.endpoints)).isEqualTo(2);
        assertThat(GridKt._size(view.series)).isEqualTo(1);
    }

    @Test
    void withoutSamplesTheViewSaysSo() {
        statistics.deleteBefore(Instant.now().plus(1, ChronoUnit.DAYS));
        login("province");
        UI.getCurrent().navigate(RequestStatisticsView.class);
        RequestStatisticsView view = _get(RequestStatisticsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("尚无请求统计");
        assertThat(view.requests.getText()).isEqualTo("请求总数：0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"changsha", "admin1", "lecturer1", "trainee1"})
    void otherRolesCannotOpenIt(String username) {
        Caller user = login(username);
        Runnable open = () -> UI.getCurrent().navigate(RequestStatisticsView.class);
        assertThatThrownBy(() -> {
            if (user.tenantCode().isPresent()) {
                asTenantOf(user, open);
            } else {
                open.run();
            }
        }).hasMessageContaining("denied");
    }
}
