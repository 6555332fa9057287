/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to nodes that contain other nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ContainerMapping#getArrangement <em>Arrangement</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Arrangement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.ContainerArrangement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arrangement</em>' attribute.
	 * @see org.journeystudio.viewpoint.ContainerArrangement
	 * @see #setArrangement(ContainerArrangement)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getContainerMapping_Arrangement()
	 * @model
	 * @generated
	 */
	ContainerArrangement getArrangement();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ContainerMapping#getArrangement <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrangement</em>' attribute.
	 * @see org.journeystudio.viewpoint.ContainerArrangement
	 * @see #getArrangement()
	 * @generated
	 */
	void setArrangement(ContainerArrangement value);

	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubNodeMappings();

	/**
	 * Returns the value of the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Container Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getContainerMapping_SubContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getSubContainerMappings();

} // ContainerMapping
