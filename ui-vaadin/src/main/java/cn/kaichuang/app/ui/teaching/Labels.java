package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.teaching.CompletionStatus;
import cn.kaichuang.teaching.MyTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Badges and lines the teaching views share. */
final class Labels {

    private Labels() {
    }

    static Span badge(Component ui, CompletionStatus status, boolean overdue) {
        String key = overdue && status != CompletionStatus.COMPLETED ? "teaching.status.OVERDUE"
                : "teaching.status." + status.name();
        Span badge = new Span(ui.getTranslation(key));
        String theme = switch (status) {
            case COMPLETED -> "badge success pill";
            case RETURNED -> "badge error pill";
            case OPEN -> overdue ? "badge error pill" : "badge pill";
        };
        badge.getElement().setAttribute("theme", theme);
        badge.addClassName("kc-task-status");
        return badge;
    }

    static Span badge(Component ui, MyTask task) {
        return badge(ui, task.status(), task.overdue());
    }

    static Div line(VaadinIcon icon, String text) {
        Div line = new Div(icon.create(), new Span(text));
        line.addClassName("kc-card-line");
        return line;
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / 1024.0 / 1024.0)
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
