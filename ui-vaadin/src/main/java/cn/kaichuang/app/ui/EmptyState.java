package cn.kaichuang.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a view shows instead of an empty table: what is missing, and why. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String... lines) {
        addClassName("kc-empty-state");
        add(icon.create());
        for (String line : lines) {
            add(new Paragraph(line));
        }
    }
}
