package cn.kaichuang.app.ui.courseware;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** How courseware facts read in the UI. */
final class Labels {

    private Labels() {
    }

    static String courseTypes(Component component, CoursewareItem item) {
        return item.courseTypes().stream().sorted().map(type -> CourseTypes.name(component, type))
                .collect(Collectors.joining("、"));
    }

    static String topic(CoursewareItem item) {
        return item.knowledgePoint().isBlank() ? item.module() : item.module() + " · " + item.knowledgePoint();
    }

    static Span status(Component component, CoursewareStatus status) {
        Span badge = new Span(component.getTranslation("courseware.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case PUBLISHED -> "badge success";
            case WITHDRAWN -> "badge error";
            case DRAFT -> "badge contrast";
        });
        return badge;
    }

    /** 1.5 MB, 320 KB: file sizes as people read them. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
