package cn.kaichuang.app.ui.outreach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The card pieces of the trainee's phone views. */
final class Cards {

    private Cards() {
    }

    static Div card(String title, Component... content) {
        Div card = new Div(new H4(title));
        card.addClassNames("kc-card", "kc-outreach-card");
        card.add(content);
        return card;
    }

    static Div line(VaadinIcon icon, String text) {
        Div line = new Div(icon.create(), new Span(text));
        line.addClassName("kc-card-line");
        return line;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Div list() {
        Div list = new Div();
        list.addClassName("kc-cards");
        return list;
    }
}
