package org.rosterbridge.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import java.util.Map;

/**
 * The admin web UI. {@link #start(AdminSettings)} serves it until {@link Running#close()}.
 *
 * <p>Module skeleton: the pages arrive with issue 6.
 */
public final class AdminWeb {

    private AdminWeb() {}

    /** Starts the server on the configured port. */
    public static Running start(AdminSettings settings) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> {
                StringOutput out = new StringOutput();
                templates.render("home.jte", Map.of(), out);
                ctx.html(out.toString());
            });
        });
        app.start("127.0.0.1", settings.port());
        return new Running(app);
    }

    /** A started admin UI. */
    public static final class Running implements AutoCloseable {
        private final Javalin app;

        Running(Javalin app) {
            this.app = app;
        }

        public int port() {
            return app.port();
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
