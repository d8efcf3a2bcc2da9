# Sourced by the bin/ scripts: selects JDK 25 (JAVA_HOME if it is one, else Temurin/OpenJDK 25 under /usr/lib/jvm,
# else a `java` 25 on the PATH) and puts it first on the PATH.
select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
    return
  fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25*; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      return
    fi
  done
  if java -version 2>&1 | grep -q 'version "25'; then
    return
  fi
  echo "rocket: JDK 25 not found (set JAVA_HOME)" >&2
  exit 1
}

select_jdk
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
# JDK 25 warns about Maven's own use of sun.misc.Unsafe; the option is unknown to older JDKs, so it is set here and
# not in .mvn/jvm.config (where it stopped plain `mvn` on JDK 17 before the enforcer could name the JDK needed)
case " ${MAVEN_OPTS:-} " in
  *" --sun-misc-unsafe-memory-access=allow "*) ;;
  *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow${MAVEN_OPTS:+ $MAVEN_OPTS}" ;;
esac
