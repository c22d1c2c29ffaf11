package cn.kaichuang.jobs;

import cn.kaichuang.KaichuangCore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(KaichuangCore.class)
class JobsTestApplication {
}
