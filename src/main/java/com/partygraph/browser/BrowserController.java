package com.partygraph.browser;

import com.partygraph.graph.neo4j.BoltEndpoint;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Serves Neo4j Browser at {@code /browser/}. A visit without a connection URL is redirected to one
 * that names the application's own Bolt endpoint, so the Browser connects without being told where.
 */
@Controller
class BrowserController implements WebMvcConfigurer {

    private final BoltEndpoint bolt;

    BrowserController(BoltEndpoint bolt) {
        this.bolt = bolt;
    }

    @GetMapping({"/browser", "/browser/"})
    ResponseEntity<Void> browser(@RequestParam(name = "connectURL", required = false) String connectUrl) {
        if (connectUrl != null) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, "/browser/index.html?" + query(connectUrl))
                    .build();
        }
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, connectLocation())
                .build();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    private String connectLocation() {
        URI uri = this.bolt.uri();
        String host = "127.0.0.1".equals(uri.getHost()) ? "localhost" : uri.getHost();
        String connectUrl = uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        UriComponentsBuilder location =
                UriComponentsBuilder.fromPath("/browser/index.html").queryParam("connectURL", connectUrl);
        if (!this.bolt.authenticated()) {
            location.queryParam("preselectAuthMethod", "NO_AUTH");
        }
        return location.build().toUriString();
    }

    private static String query(String connectUrl) {
        return UriComponentsBuilder.newInstance()
                .queryParam("connectURL", connectUrl)
                .build()
                .getQuery();
    }
}
