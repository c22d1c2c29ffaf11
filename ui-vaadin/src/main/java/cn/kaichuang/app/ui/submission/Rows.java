package cn.kaichuang.app.ui.submission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** An editable list of rows (assets, staff, products...), each a few fields, stacked for a phone. */
final class Rows<R> extends Div {

    /** One row's fields and how to read them back. */
    record Row<R>(Component component, Supplier<R> value) {
    }

    private final List<Row<R>> rows = new ArrayList<>();
    private final Function<R, Row<R>> factory;
    private final Supplier<R> blank;
    private final Runnable changed;
    private final boolean readOnly;
    private final Div list = new Div();

    Rows(String addLabel, Supplier<R> blank, Function<R, Row<R>> factory, Runnable changed, boolean readOnly) {
        this.factory = factory;
        this.blank = blank;
        this.changed = changed;
        this.readOnly = readOnly;
        addClassName("kc-plan-rows");
        add(list);
        if (!readOnly) {
            Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
                append(this.blank.get());
                this.changed.run();
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(add);
        }
    }

    void set(List<R> values) {
        rows.clear();
        list.removeAll();
        values.forEach(this::append);
    }

    List<R> values() {
        return rows.stream().map(row -> row.value().get()).toList();
    }

    int size() {
        return rows.size();
    }

    private void append(R value) {
        Row<R> row = factory.apply(value);
        Div box = new Div(row.component());
        box.addClassName("kc-plan-row");
        if (!readOnly) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                list.remove(box);
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("submission.row.remove"));
            box.add(remove);
        }
        rows.add(row);
        list.add(box);
    }
}
