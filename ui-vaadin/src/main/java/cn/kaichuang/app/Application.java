package cn.kaichuang.app;

import cn.kaichuang.KaichuangCore;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The web application: every role's views, local login and, without configuration, the
 * embedded default (see {@code cn.kaichuang.app.embedded}). Also Vaadin's app shell, so the
 * page-wide settings (theme, PWA manifest, viewport) live in one place.
 */
@SpringBootApplication
@Import(KaichuangCore.class)
@PWA(name = "开创 创业培训教学辅助平台", shortName = "开创", description = "创业培训教学辅助平台",
        themeColor = "#b3261e", backgroundColor = "#ffffff")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
