package com.partygraph.support;

import com.partygraph.PartyGraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application with extra arguments, for tests that must stop and start it themselves. */
public final class Application {

    private Application() {}

    public static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        // Ingestion has tests of its own; these start only what they name.
        all[1] = "--partygraph.ingest.enabled=false";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return SpringApplication.run(PartyGraphApplication.class, all);
    }

    /** The real application with ingestion on (sources, state directory and the rest given as arguments). */
    public static ConfigurableApplicationContext startWithIngestion(String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return SpringApplication.run(PartyGraphApplication.class, all);
    }

    public static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
