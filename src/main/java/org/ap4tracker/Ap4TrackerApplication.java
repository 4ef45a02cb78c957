package org.ap4tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Ap4TrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(Ap4TrackerApplication.class, args);
    }
}
