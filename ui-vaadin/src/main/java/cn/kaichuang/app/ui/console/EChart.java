package cn.kaichuang.app.ui.console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart: the library comes from its webjar, loaded by the page, and the
 * option object is handed over as JSON (DESIGN §10: no npm bundle here). A click on a data
 * item calls back with the item's name, for drill-down.
 */
public class EChart extends Div {

    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Waits for the script (loaded once per page), then reuses the element's chart instance.
    private static final String DRAW = """
            const el = this;
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 100); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(JSON.parse($0), true);
              if (!el.kcObserved) {
                el.kcObserved = true;
                new ResizeObserver(() => chart.resize()).observe(el);
                chart.on('click', p => el.$server && el.$server.clicked(String(p.name)));
              }
            };
            draw();""";

    private String option = "{}";
    private @Nullable Consumer<String> onClick;

    public EChart() {
        addClassName("kc-chart");
        setWidthFull();
        setHeight("300px");
    }

    /** @param option an ECharts option object of maps, lists and values */
    public void setOption(Object option) {
        this.option = JSON.writeValueAsString(option);
        getElement().executeJs(DRAW, this.option);
    }

    /** The option last set, as JSON: what the browser draws. */
    public String option() {
        return option;
    }

    public void onClick(Consumer<String> listener) {
        this.onClick = listener;
    }

    @ClientCallable
    void clicked(String name) {
        if (onClick != null) {
            onClick.accept(name);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        if (!"{}".equals(option)) {
            getElement().executeJs(DRAW, option);
        }
    }
}
