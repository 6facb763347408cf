package io.relance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Relance: a CRM for people who sell through follow-up. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RelanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RelanceApplication.class, args);
    }
}
