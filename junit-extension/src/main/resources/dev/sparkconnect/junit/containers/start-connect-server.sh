#!/bin/sh
# Starts Apache Spark's Connect server the way /opt/spark/sbin/start-connect-server.sh of the
# official apache/spark image does: in the foreground when SPARK_NO_DAEMONIZE is set, in the
# background otherwise, listening on port 15002. Arguments "--conf key=value" become Spark settings.
set -e
SPARK_HOME=/opt/spark
SETTINGS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --conf) SETTINGS="$SETTINGS -D$2"; shift 2 ;;
    *) shift ;;
  esac
done
server() {
  # $SETTINGS is split on purpose: one -Dkey=value per setting.
  # shellcheck disable=SC2086
  java "-Xmx${SPARK_DRIVER_MEMORY:-1g}" \
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
    --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
    -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
    -Dderby.system.home=/tmp -Dspark.master=local[*] -Dspark.app.name=spark-connect -Dspark.ui.enabled=false \
    -Dspark.sql.warehouse.dir=/tmp/spark-warehouse -Dspark.local.dir=/tmp -Dspark.connect.grpc.binding.port=15002 \
    $SETTINGS -cp "$SPARK_HOME/jars/*" org.apache.spark.sql.connect.service.SparkConnectServer
}
if [ -n "${SPARK_NO_DAEMONIZE:-}" ]; then
  server
else
  mkdir -p "$SPARK_HOME/logs"
  server >"$SPARK_HOME/logs/spark-connect.out" 2>&1 &
fi
