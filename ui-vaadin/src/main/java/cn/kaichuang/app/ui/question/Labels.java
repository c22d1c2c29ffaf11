package cn.kaichuang.app.ui.question;

import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How the bank's values read in the UI. */
final class Labels {

    private Labels() {
    }

    static String knowledgePoint(Component component, KnowledgePoint point) {
        return point.course() + " · " + component.getTranslation("question.kp." + point.name());
    }

    static Span status(Component component, QuestionStatus status) {
        Span badge = new Span(component.getTranslation("question.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "contrast";
            case PUBLISHED -> "success";
            case RETIRED -> "error";
        });
        return badge;
    }
}
