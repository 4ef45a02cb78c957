# syntax=docker/dockerfile:1

# ---- Build stage ----
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /build

# Wrapper and POM first so the dependency layer is cached until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src src
RUN ./mvnw -B -DskipTests package \
 && java -Djarmode=tools -jar target/ap4-tracker-0.1.0-SNAPSHOT.jar extract --destination target/app

# ---- Runtime stage ----
FROM eclipse-temurin:17.0.15_6-jre

RUN groupadd --system --gid 10001 ap4 \
 && useradd --system --uid 10001 --gid ap4 --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin ap4 \
 && mkdir -p /app \
 && chown ap4:ap4 /app
WORKDIR /app

# The jar's extracted layout (the application jar beside lib/), as scripts/run-jar runs it: plain jars on the
# class path load faster than nested ones and are what a class data sharing archive needs.
COPY --from=build --chown=ap4:ap4 /build/target/app /app

USER 10001:10001
EXPOSE 8080

# Expects an external PostgreSQL via SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD;
# with the URL set, no embedded database is started. Like scripts/run-jar, it starts from the bean definitions
# the build generated ahead of time (process-aot); the CDS archive run-jar records on a first start is left out,
# since a container's first start is usually its only one.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-Dspring.aot.enabled=true","-jar","/app/ap4-tracker-0.1.0-SNAPSHOT.jar"]
