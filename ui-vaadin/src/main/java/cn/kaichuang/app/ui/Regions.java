package cn.kaichuang.app.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** Names of Hunan's prefectures (GB/T 2260 codes), from the translations; unknown codes as they are. */
public final class Regions {

    private Regions() {
    }

    public static String name(Component component, @Nullable String regionCode) {
        if (regionCode == null) {
            return "";
        }
        String key = "region." + regionCode;
        String name = component.getTranslation(key);
        return name == null || name.contains(key) ? regionCode : name;
    }
}
