package cn.kaichuang.submission.internal;

import cn.kaichuang.submission.PlanContent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The plan as stored in {@code submission_version.content}. */
@Component
public class PlanJson {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(PlanContent plan) {
        return json.writeValueAsString(plan);
    }

    public PlanContent read(String content) {
        return json.readValue(content, PlanContent.class);
    }
}
