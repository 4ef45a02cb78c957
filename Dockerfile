# syntax=docker/dockerfile:1

# ---- Build stage ----
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /build

# Wrapper and POM first so the dependency layer is cached until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src src
RUN ./mvnw -B -DskipTests package

# ---- Runtime stage ----
FROM eclipse-temurin:17.0.15_6-jre

RUN groupadd --system --gid 10001 ap4 \
 && useradd --system --uid 10001 --gid ap4 --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin ap4 \
 && mkdir -p /app \
 && chown ap4:ap4 /app
WORKDIR /app

COPY --from=build --chown=ap4:ap4 /build/target/ap4-tracker-0.1.0-SNAPSHOT.jar /app/app.jar

USER 10001:10001
EXPOSE 8080

# Expects an external PostgreSQL via SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD;
# with the URL set, no embedded database is started.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/app.jar"]
