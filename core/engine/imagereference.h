#pragma once

#include <QString>

// An image name as people write it: [registry/]repository[:tag][@digest].
struct ImageReference
{
    QString registry; // empty when the name does not say (docker.io is meant)
    QString repository;
    QString tag;
    QString digest;

    static ImageReference parse(const QString &text);
    // The name with registry, and library/ for Docker Hub's official images: what Podman needs
    // where Docker assumes docker.io. The tag defaults to latest.
    QString qualified() const;
    // repository with its registry, without tag or digest.
    QString name() const;
    bool isValid() const { return !repository.isEmpty(); }
};
