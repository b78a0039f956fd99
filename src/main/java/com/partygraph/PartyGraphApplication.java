package com.partygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * PartyGraph: resolves the people and organizations kept in many relational tables into one party
 * each, stores parties, roles and relationships in Neo4j and serves them over REST.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartyGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartyGraphApplication.class, args);
    }
}
