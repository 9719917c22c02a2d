import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community (embedded, from Maven Central jars) with its Bolt connector on,
 * bound to loopback only. Used when NEO4J_URI is not set; see src/neo4j/local-neo4j.ts.
 *
 * Usage: java -cp <classpath> Launcher.java <homeDir> <boltPort>
 * Prints "NEO4J_READY bolt://127.0.0.1:<port>" once Bolt accepts connections,
 * and shuts the database down cleanly on SIGTERM / SIGINT (JVM shutdown hook).
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("expected: <homeDir> <boltPort>, received " + args.length + " argument(s)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Loopback only and a throwaway local database: no users to manage.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            service.shutdown();
            stopped.countDown();
        }));

        // When the Node process that started us dies without stopping us (SIGKILL, crash), our stdin
        // closes: stop too, so no orphaned database keeps the store locked.
        Thread parentWatch = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (java.io.IOException ignored) { }
            System.exit(0);
        });
        parentWatch.setDaemon(true);
        parentWatch.start();

        // Touch the default database so that start-up failures surface here, not on first query.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
