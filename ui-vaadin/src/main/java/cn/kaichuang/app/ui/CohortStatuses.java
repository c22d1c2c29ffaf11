package cn.kaichuang.app.ui;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortWorkflow;
import cn.kaichuang.cohort.LifecycleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Cohort statuses and lifecycle refusals as the user reads them. */
public final class CohortStatuses {

    private CohortStatuses() {
    }

    public static String name(Component component, CohortStatus status) {
        return component.getTranslation(CohortWorkflow.statusKey(status));
    }

    /** A badge whose {@code data-status} attribute lets tests and styles tell the status apart. */
    public static Span badge(Component component, CohortStatus status) {
        Span badge = new Span(name(component, status));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().setAttribute("data-status", status.name());
        if (status == CohortStatus.RETURNED) {
            badge.getElement().getThemeList().add("error");
        } else if (status == CohortStatus.APPROVED || status == CohortStatus.RUNNING) {
            badge.getElement().getThemeList().add("success");
        } else if (status == CohortStatus.COMPLETED || status == CohortStatus.ARCHIVED) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    /** The refusal in the user's language; arguments that are keys (comma-separated lists too) are translated. */
    public static String message(Component component, LifecycleException e) {
        Object[] arguments = e.arguments().stream().map(argument -> translated(component, argument)).toArray();
        return component.getTranslation(e.messageKey(), arguments);
    }

    public static void showError(Component component, LifecycleException e) {
        Notification.show(message(component, e), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showDone(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static String dateTime(Component component, LocalDateTime at) {
        return DateTimeFormatter.ofPattern(component.getTranslation("format.datetime")).format(at);
    }

    private static String translated(Component component, String argument) {
        if (!argument.startsWith("cohort.")) {
            return argument;
        }
        return Arrays.stream(argument.split(",")).map(component::getTranslation).collect(Collectors.joining("、"));
    }
}
